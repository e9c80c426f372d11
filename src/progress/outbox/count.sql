SELECT count(*), count(exported_at) FROM xapi_outbox
