-- How many collected statements wait to be forwarded to an LRS.
SELECT count(*)
FROM collected_statements AS s
WHERE NOT EXISTS (SELECT 1 FROM device_settings AS f WHERE f.key = 'lrs.forwarded:' || s.id)
