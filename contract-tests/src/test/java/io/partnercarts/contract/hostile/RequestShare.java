package io.partnercarts.contract.hostile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The percentage of {@code hostile.requests} a property sends: one request per try. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RequestShare {
    int percent();
}
