package org.truce.access;

/** What a viewer wants to do with a resource. */
public enum Action {
    READ,
    MANAGE,
    REGISTER,
    DRAFT, SIGN,
    NOMINATE, DECIDE, CONTEST, WITHDRAW,
    SUBMIT, UPLOAD,
    CORRELATE, PUT_TO_PARTY, ASSESS, PUBLISH, RESPOND,
    COSIGN,
    WRITE, SEND, ANSWER
}
