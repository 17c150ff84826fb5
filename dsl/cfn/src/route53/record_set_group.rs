// @generated from AWS::Route53::RecordSetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::RecordSetGroup` and its property types.

/// Resource Type definition for AWS::Route53::RecordSetGroup
///
/// CloudFormation type `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSetGroup {
    props: ::forma_core::schema::Props,
}
impl RecordSetGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Comment`.
    #[track_caller]
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HostedZoneId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hosted_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HostedZoneName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hosted_zone_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RecordSets`.
    #[track_caller]
    pub fn record_sets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordSet>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for RecordSetGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for RecordSetGroup {
    type Attributes = RecordSetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::RecordSetGroup"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Route53::RecordSetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RecordSetGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RecordSetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RecordSetGroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `RecordSet` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSet {
    props: ::forma_core::schema::Props,
}
impl RecordSet {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(9, name.into().into_expr());
        props.set(14, type_.into().into_expr());
        Self { props }
    }
    /// `AliasTarget`.
    pub fn alias_target(mut self, value: impl ::std::convert::Into<::forma_core::Value<AliasTarget>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CidrRoutingConfig`.
    pub fn cidr_routing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CidrRoutingConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Failover`.
    pub fn failover(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `GeoLocation`.
    pub fn geo_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<GeoLocation>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GeoProximityLocation`.
    pub fn geo_proximity_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeoProximityLocation>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HealthCheckId`.
    pub fn health_check_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `HostedZoneId`.
    pub fn hosted_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `HostedZoneName`.
    pub fn hosted_zone_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `MultiValueAnswer`.
    pub fn multi_value_answer(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Region`.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ResourceRecords`.
    pub fn resource_records(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `SetIdentifier`.
    pub fn set_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `TTL`.
    pub fn ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Weight`.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordSet> for ::forma_core::Value<RecordSet> {
    fn from(v: RecordSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_SET_TYPE.properties))
    }
}

/// The `AliasTarget` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasTarget {
    props: ::forma_core::schema::Props,
}
impl AliasTarget {
    /// A new value with its required properties: `DNSName`, `HostedZoneId`.
    pub fn new(
        dns_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hosted_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dns_name.into().into_expr());
        props.set(2, hosted_zone_id.into().into_expr());
        Self { props }
    }
    /// `EvaluateTargetHealth`.
    pub fn evaluate_target_health(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AliasTarget> for ::forma_core::Value<AliasTarget> {
    fn from(v: AliasTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALIAS_TARGET_TYPE.properties))
    }
}

/// The `CidrRoutingConfig` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct CidrRoutingConfig {
    props: ::forma_core::schema::Props,
}
impl CidrRoutingConfig {
    /// A new value with its required properties: `CollectionId`, `LocationName`.
    pub fn new(
        collection_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, collection_id.into().into_expr());
        props.set(1, location_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CidrRoutingConfig> for ::forma_core::Value<CidrRoutingConfig> {
    fn from(v: CidrRoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CIDR_ROUTING_CONFIG_TYPE.properties))
    }
}

/// The `GeoLocation` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoLocation {
    props: ::forma_core::schema::Props,
}
impl GeoLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContinentCode`.
    pub fn continent_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CountryCode`.
    pub fn country_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubdivisionCode`.
    pub fn subdivision_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GeoLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeoLocation> for ::forma_core::Value<GeoLocation> {
    fn from(v: GeoLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_LOCATION_TYPE.properties))
    }
}

/// The `GeoProximityLocation` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoProximityLocation {
    props: ::forma_core::schema::Props,
}
impl GeoProximityLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AWSRegion`.
    pub fn aws_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Bias`.
    pub fn bias(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Coordinates`.
    pub fn coordinates(mut self, value: impl ::std::convert::Into<::forma_core::Value<Coordinates>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LocalZoneGroup`.
    pub fn local_zone_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GeoProximityLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeoProximityLocation> for ::forma_core::Value<GeoProximityLocation> {
    fn from(v: GeoProximityLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GEO_PROXIMITY_LOCATION_TYPE.properties))
    }
}

/// The `Coordinates` property type of `AWS::Route53::RecordSetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Coordinates {
    props: ::forma_core::schema::Props,
}
impl Coordinates {
    /// A new value with its required properties: `Latitude`, `Longitude`.
    pub fn new(
        latitude: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        longitude: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, latitude.into().into_expr());
        props.set(1, longitude.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Coordinates> for ::forma_core::Value<Coordinates> {
    fn from(v: Coordinates) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COORDINATES_TYPE.properties))
    }
}

/// The schema of `AWS::Route53::RecordSetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::RecordSetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordSets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECORD_SET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["HostedZoneId"], &["HostedZoneName"]])],
    attributes: &["Id"],
};

static RECORD_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.RecordSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AliasTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALIAS_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CidrRoutingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CIDR_ROUTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Failover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GeoLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GEO_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GeoProximityLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GEO_PROXIMITY_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MultiValueAnswer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceRecords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SetIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TTL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ALIAS_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.AliasTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "DNSName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EvaluateTargetHealth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CIDR_ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.CidrRoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GEO_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.GeoLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContinentCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CountryCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubdivisionCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GEO_PROXIMITY_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.GeoProximityLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Coordinates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COORDINATES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalZoneGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COORDINATES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSetGroup.Coordinates",
    properties: &[
        ::forma_core::schema::Property {
            name: "Latitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Longitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
