package org.aiip.tracker.account.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new-token form on the account page: a name the person chooses, and how long the token lasts. */
class ApiTokenForm {

    /** The choices of validity in days; 0 means until revoked. */
    static final List<Integer> VALIDITIES = List.of(7, 30, 90, 365, 0);

    static final String[] FIELDS = { "name", "validDays" };

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private Integer validDays = 90;

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidDays() {
        return this.validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

}
