DELETE FROM device_settings WHERE key = ?1
