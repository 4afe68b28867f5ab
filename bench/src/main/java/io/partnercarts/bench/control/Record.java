package io.partnercarts.bench.control;

import java.util.List;

/** The control's record (bench/control-record.json): a few strings, numbers and a list, as a cart line has. */
public final class Record {
    public String id;
    public String customerId;
    public String catalogItemId;
    public String friendlyName;
    public int quantity;
    public String billingCycle;
    public String termDuration;
    public String currencyCode;
    public double unitPrice;
    public List<String> tags;
}
