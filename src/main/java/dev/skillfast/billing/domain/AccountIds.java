package dev.skillfast.billing.domain;

import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;

/**
 * Ledger account ids, one account per owner and currency: {@code wallet:<user>:<CUR>} (a client's
 * money, never negative), {@code earnings:<user>:<CUR>} (an expert's, never negative),
 * {@code platform:commission:<CUR>}, {@code platform:refunds-pending:<CUR>} and
 * {@code platform:payouts-pending:<CUR>} (money held while a refund or payout is under way), and
 * {@code external:funding:<CUR>} (the world outside: grants and top-ups come from it, refunds and payouts go
 * to it, so it runs negative by design), and {@code costcentre:<code>:<CUR>} (a department's budget for the
 * month, which pays its members' sessions; never negative, like a wallet).
 */
public final class AccountIds {

    public static final String WALLET = "WALLET";
    public static final String EARNINGS = "EARNINGS";
    public static final String PLATFORM = "PLATFORM";
    public static final String EXTERNAL = "EXTERNAL";
    public static final String COST_CENTRE = "COST_CENTRE";

    private AccountIds() {
    }

    public static String wallet(String userId, String currency) {
        return "wallet:" + userId + ':' + currency;
    }

    public static String earnings(String userId, String currency) {
        return "earnings:" + userId + ':' + currency;
    }

    public static String commission(String currency) {
        return "platform:commission:" + currency;
    }

    public static String funding(String currency) {
        return "external:funding:" + currency;
    }

    /** A cost centre's budget. */
    public static String costCentre(String code, String currency) {
        return "costcentre:" + code + ':' + currency;
    }

    /** The account that pays a session's units: the client's wallet or the cost centre. */
    public static String payer(Session session, String currency) {
        FundedBy fundedBy = session.fundedBy();
        return fundedBy.isCostCentre() ? costCentre(fundedBy.code(), currency) : wallet(session.clientId(), currency);
    }

    /** Money held off wallets for refunds under way at a provider (HOLD in, REFUND or RELEASE out). */
    public static String refundsPending(String currency) {
        return "platform:refunds-pending:" + currency;
    }

    /** Money held off earnings for payouts requested and not yet paid (HOLD in, PAYOUT or RELEASE out). */
    public static String payoutsPending(String currency) {
        return "platform:payouts-pending:" + currency;
    }

    /** WALLET, EARNINGS, PLATFORM, COST_CENTRE or EXTERNAL. */
    public static String kindOf(String accountId) {
        return switch (accountId.substring(0, accountId.indexOf(':'))) {
            case "wallet" -> WALLET;
            case "earnings" -> EARNINGS;
            case "platform" -> PLATFORM;
            case "costcentre" -> COST_CENTRE;
            default -> EXTERNAL;
        };
    }

    /** The user owning a wallet or earnings account; null for the platform's own. */
    public static String ownerOf(String accountId) {
        String kind = kindOf(accountId);
        if (!kind.equals(WALLET) && !kind.equals(EARNINGS)) {
            return null;
        }
        return accountId.substring(accountId.indexOf(':') + 1, accountId.lastIndexOf(':'));
    }

    /** Users' accounts and cost centres' budgets never go below zero. */
    public static boolean neverNegative(String accountId) {
        String kind = kindOf(accountId);
        return kind.equals(WALLET) || kind.equals(EARNINGS) || kind.equals(COST_CENTRE);
    }
}
