-- The key is never replaced: it was pinned when the device was first collected.
INSERT INTO collected_devices
    (device_id, public_key, name, export_number, exported_at, export_sha256, exported_by,
     collected_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (device_id) DO UPDATE
SET name = excluded.name, export_number = excluded.export_number,
    exported_at = excluded.exported_at, export_sha256 = excluded.export_sha256,
    exported_by = excluded.exported_by, collected_at = excluded.collected_at
