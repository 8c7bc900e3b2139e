package org.aiip.tracker.member;

/**
 * An approved name of a member as pages show it: the name, what kind of name it is and the public page that
 * shows it (not the entity).
 */
public record AliasView(String name, MemberAlias.Kind kind, String source) {

    public static AliasView of(MemberAlias alias) {
        return new AliasView(alias.getName(), alias.getKind(), alias.getSource());
    }

}
