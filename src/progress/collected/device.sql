SELECT public_key, export_number, exported_at, export_sha256
FROM collected_devices
WHERE device_id = ?1
