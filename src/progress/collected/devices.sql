SELECT d.device_id, d.name, d.public_key, d.exported_at, d.exported_by, d.collected_at,
       (SELECT count(*) FROM collected_learners AS l WHERE l.device_id = d.device_id),
       (SELECT count(*) FROM collected_statements AS s WHERE s.device_id = d.device_id)
FROM collected_devices AS d
ORDER BY d.name COLLATE NOCASE, d.device_id
