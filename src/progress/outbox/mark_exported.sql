UPDATE xapi_outbox SET exported_at = ?2 WHERE seq = ?1
