package dev.skillfast.desk.domain;

/** Where a desk request is: waiting in its category's queue, or done with one way or another. */
public enum DeskState {
    WAITING, PICKED, CANCELLED, EXPIRED
}
