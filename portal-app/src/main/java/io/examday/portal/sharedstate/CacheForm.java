package io.examday.portal.sharedstate;

/**
 * One shared cache: its name and the record its values are stored as, declared once by the feature that owns it
 * and used both for the cache manager's JSON form ({@link SharedCacheForms}) and for reading ({@link SharedCache}).
 */
public record CacheForm<T>(String name, Class<T> type) {}
