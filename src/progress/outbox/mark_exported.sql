-- The statement at place ?1, an outbox row, was written to a file at ?2.
UPDATE xapi_outbox SET exported_at = ?2 WHERE seq = ?1
