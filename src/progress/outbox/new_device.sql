INSERT OR IGNORE INTO device_settings (key, value) VALUES ('xapi.device_id', json_quote(?1))
