package dev.skillfast.payments.domain;

/** The web app's pages a provider sends the client back to, and the demo desk's payment page. */
public final class TopupLinks {

    private TopupLinks() {
    }

    /** {@code appUrl} is the web app's absolute base URL, without a trailing slash. */
    public static PaymentGateway.ReturnLinks returnLinks(String appUrl, String topupId) {
        String page = appUrl + "/wallet/topups/" + topupId + "/return?result=";
        return new PaymentGateway.ReturnLinks(page + "success", page + "cancel");
    }

    /** The demo payment page, found from the return links (the web app's base is their prefix). */
    public static String demoPage(PaymentGateway.ReturnLinks links, String topupId) {
        String success = links.successUrl();
        String base = success.substring(0, success.indexOf("/wallet/topups/"));
        return base + "/wallet/topups/" + topupId + "/demo-pay";
    }
}
