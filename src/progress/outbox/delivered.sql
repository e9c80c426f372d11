DELETE FROM xapi_outbox WHERE id = ?1
