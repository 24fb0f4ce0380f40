package io.github.camelwhacenter.simulator;

/** The error pages nginx serves in front of the gateway, for paths and faults that never reach it. */
final class NginxPages {

    /** What the gateway's nginx calls itself in its {@code Server} header and pages. */
    static final String SERVER = "nginx/1.18.0 (Ubuntu)";

    private NginxPages() {
    }

    /**
     * @param title status and reason, e.g. {@code 502 Bad Gateway}
     * @return the page, with nginx's CRLF line endings
     */
    static String page(String title) {
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>" + SERVER + "</center>\r\n</body>\r\n</html>\r\n";
    }
}
