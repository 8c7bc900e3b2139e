package org.aiip.tracker.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;

/** The member list of a registry form: admins choose any member, an editor only their own company. */
public final class MemberChoices {

    private MemberChoices() {
    }

    /** The members the person signed in may choose, id to name in the page language. */
    public static Map<String, String> editable(MemberService members, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (MemberCompany member : members.all()) {
            if (CurrentUser.mayEdit(member.getId())) {
                choices.put(String.valueOf(member.getId()), member.name(locale));
            }
        }
        return choices;
    }

    /** The member a new record is for when there is nothing to choose (an editor's own company), or {@code null}. */
    public static Long only(Map<String, String> choices) {
        return choices.size() == 1 ? Long.valueOf(choices.keySet().iterator().next()) : null;
    }

}
