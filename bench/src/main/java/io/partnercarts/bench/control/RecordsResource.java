package io.partnercarts.bench.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Stores JSON records in memory under a new id and reads them back: the least a JSON API does. */
@Path("records")
@Produces(MediaType.APPLICATION_JSON)
public final class RecordsResource {
    private static final Map<String, Record> RECORDS = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Record record) {
        record.id = UUID.randomUUID().toString();
        RECORDS.put(record.id, record);
        return Response.status(Response.Status.CREATED).entity(record).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Record record = RECORDS.get(id);
        return record == null
                ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.ok(record).build();
    }
}
