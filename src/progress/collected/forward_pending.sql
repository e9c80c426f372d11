-- Collected statements not yet forwarded to an LRS, after the place (?1 device,
-- ?2 position) in device then device order, at most ?3.
SELECT s.device_id, s.position, s.id, s.recorded_at, s.statement
FROM collected_statements AS s
WHERE (s.device_id, s.position) > (?1, ?2)
  AND NOT EXISTS (SELECT 1 FROM device_settings AS f WHERE f.key = 'lrs.forwarded:' || s.id)
ORDER BY s.device_id, s.position
LIMIT ?3
