package org.claimgraph.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
public class Location extends NamedEntity {

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

    @ElementCollection
    @CollectionTable(name = "location_alias", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Location() {}

    public Location(String resolutionKey, String name, LocationKind kind) {
        super(resolutionKey, name);
        this.kind = kind;
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

    @Override
    public Set<String> getAliases() {
        return aliases;
    }
}
