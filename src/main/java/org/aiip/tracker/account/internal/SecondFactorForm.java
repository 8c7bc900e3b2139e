package org.aiip.tracker.account.internal;

import jakarta.validation.constraints.Size;

/**
 * The second-factor forms: confirming a new factor (password, a code from the new one, and a code
 * of the old one when replacing it), turning it off (password and a code), new recovery codes
 * (password). Nothing typed here is ever sent back to the browser.
 */
class SecondFactorForm {

    static final String[] FIELDS = { "password", "currentCode", "code", "recoveryPassword" };

    @Size(max = 256)
    private String password;

    @Size(max = 64)
    private String currentCode;

    @Size(max = 64)
    private String code;

    @Size(max = 256)
    private String recoveryPassword;

    void clear() {
        this.password = null;
        this.currentCode = null;
        this.code = null;
        this.recoveryPassword = null;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCurrentCode() {
        return this.currentCode;
    }

    public void setCurrentCode(String currentCode) {
        this.currentCode = currentCode;
    }

    public String getCode() {
        return this.code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRecoveryPassword() {
        return this.recoveryPassword;
    }

    public void setRecoveryPassword(String recoveryPassword) {
        this.recoveryPassword = recoveryPassword;
    }

}
