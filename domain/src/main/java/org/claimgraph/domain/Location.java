package org.claimgraph.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A country, province, district, city, area, river or region, in a hierarchy through {@code parent}.
 * {@code resolutionKey} is the gazetteer code where there is one ("AF1702"), so places resolve across
 * articles.
 */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resolution_key", nullable = false, unique = true, length = 300)
    private String resolutionKey;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LocationKind kind;

    @Column(length = 20)
    private String code;

    private Double latitude;

    private Double longitude;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Location parent;

    private static final int MAX_SEARCH_NAMES = 4000;

    /** Name and aliases in {@link SearchText} form, separated by " | ", for case- and accent-blind lookups. */
    @Column(name = "search_names", nullable = false, length = MAX_SEARCH_NAMES)
    private String searchNames = "";

    @ElementCollection
    @CollectionTable(name = "location_alias", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Location() {
    }

    public Location(String resolutionKey, String name, LocationKind kind) {
        this.resolutionKey = resolutionKey;
        this.name = name;
        this.kind = kind;
        refreshSearchNames();
    }

    public Long getId() {
        return id;
    }

    public String getResolutionKey() {
        return resolutionKey;
    }

    public String getName() {
        return name;
    }

    public LocationKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setCoordinates(Double latitude, Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Location getParent() {
        return parent;
    }

    public void setParent(Location parent) {
        this.parent = parent;
    }

    public Set<String> getAliases() {
        return aliases;
    }

    /** Adds aliases (not the name itself, nor blanks) and refreshes the search form. */
    public void addAliases(Iterable<String> more) {
        for (String alias : more) {
            if (alias != null && !alias.isBlank() && !alias.equals(name)) {
                aliases.add(alias);
            }
        }
        refreshSearchNames();
    }

    public String getSearchNames() {
        return searchNames;
    }

    private void refreshSearchNames() {
        searchNames = SearchText.names(name, aliases, MAX_SEARCH_NAMES);
    }
}
