-- Kept if another program saved an id first: a device has one id.
INSERT OR IGNORE INTO device_settings (key, value) VALUES ('records.device_id', json_quote(?1))
