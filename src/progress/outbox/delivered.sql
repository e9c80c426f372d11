DELETE FROM xapi_outbox WHERE seq = ?1
