package io.partnercarts.contract;

/** The seed scenario's catalog items, as in the contract's {@code SeedCartRequest} example. */
public final class Seed {
    public static final String AZURE = "MS-AZR-0145P";
    public static final String RI_1Y = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    public static final String RI_3Y = "DZH318Z0BQ36:004J:DZH318Z08B8X";
    public static final String BIZTALK = "DG7GMGF0DWM3:0002:DG7GMGF0DT1M";
    public static final String BARRACUDA = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
    public static final String RI_SUBSCRIPTION = "8a4e6a2c-93a1-4d77-9b0f-6f1d8f2a0c11";

    private Seed() {
    }
}
