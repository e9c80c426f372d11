INSERT INTO collected_statements (device_id, position, id, recorded_at, statement)
VALUES (?1, ?2, ?3, ?4, ?5)
