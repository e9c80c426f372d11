-- An LRS holds the statement at place ?1: an outbox row goes.
DELETE FROM xapi_outbox WHERE seq = ?1
