package org.claimgraph.api;

/** Invented articles for tests: each names a district and quotes a titled speaker there. */
final class SampleArticles {

    private static final String[] DISTRICTS = {
        "Khan Abad", "Chahar Dara", "Aliabad", "Dasht-e-Archi", "Qala-e-Zal", "Darqad", "Baharak", "Kalafgan"
    };
    private static final String[] SPEAKERS = {
        "Rahim Baktash",
        "Nadir Sorkhabi",
        "Jamil Torwali",
        "Hakim Parsa",
        "Latif Rowshan",
        "Bashir Naseri",
        "Salim Kohistani",
        "Wali Andar"
    };

    private SampleArticles() {}

    static String districtReport(int n) {
        String district = DISTRICTS[n % DISTRICTS.length];
        return "Calm Returns to " + district + " District, Officials Say (report " + n + ")\n\n"
                + "Shops reopened on Tuesday in " + district + " district of northern Afghanistan.\n\n"
                + "\u201cThe roads in the district are open again and " + (10 + n) + " families have returned,\u201d "
                + "district governor " + SPEAKERS[n % SPEAKERS.length] + " told reporters.\n";
    }
}
