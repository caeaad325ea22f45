package dev.skillfast.audit.domain;

import java.util.Arrays;
import java.util.List;

/** What an audit record says happened; {@link #code()} is the public name (API, CSV, filters). */
public enum AuditAction {
    USER_SUSPEND("user.suspend"),
    USER_REACTIVATE("user.reactivate"),
    USER_ROLE("user.role"),
    USER_PASSWORD_RESET_LINK("user.password-reset-link"),
    EXPERT_VERIFICATION("expert.verification"),
    GRANT_CREATE("grant.create"),
    CATEGORY_CREATE("category.create"),
    CATEGORY_UPDATE("category.update"),
    CATEGORY_REORDER("category.reorder"),
    REVIEW_HIDE("review.hide"),
    REVIEW_RESTORE("review.restore"),
    SESSION_END("session.end"),
    TOPUP_REFUND("topup.refund"),
    TOPUP_RESOLVE("topup.resolve"),
    PAYOUT_APPROVE("payout.approve"),
    PAYOUT_REJECT("payout.reject"),
    COSTCENTRE_CREATE("costcentre.create"),
    COSTCENTRE_UPDATE("costcentre.update"),
    COSTCENTRE_MEMBERS("costcentre.members"),
    BACKUP_CREATE("backup.create"),
    BILLING_SWEEP("billing.sweep"),
    DASHBOARD_REBUILD("dashboard.rebuild"),
    /** A sign-in failure that locked the account, or an attempt while it was locked. */
    AUTH_SIGN_IN_LOCKED("auth.sign-in-locked"),
    /** A rotated refresh token presented again: its whole sign-in was revoked. */
    AUTH_REFRESH_TOKEN_REUSE("auth.refresh-token-reuse"),
    /** A suspended account tried to sign in or to refresh its sign-in. */
    AUTH_SUSPENDED_ATTEMPT("auth.suspended-attempt");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(AuditAction::code).toList();
    }
}
