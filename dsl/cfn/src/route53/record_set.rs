// @generated from AWS::Route53::RecordSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::RecordSet` and its property types.

/// Resource Type definition for AWS::Route53::RecordSet.
///
/// CloudFormation type `AWS::Route53::RecordSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordSet {
    props: ::forma_core::schema::Props,
}
impl RecordSet {
    /// A new resource with its required properties: `Name`, `Type`.
    ///
    /// CloudFormation also needs exactly one of `HostedZoneId` or `HostedZoneName`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Alias resource record sets only: Information about the AWS resource, such as a CloudFront distribution or an Amazon S3 bucket, that you want to route traffic to.
    #[track_caller]
    pub fn alias_target(mut self, value: impl ::std::convert::Into<::forma_core::Value<AliasTarget>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The object that is specified in resource record set object when you are linking a resource record set to a CIDR location.
    #[track_caller]
    pub fn cidr_routing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CidrRoutingConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional: Any comments you want to include about a change batch request.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// To configure failover, you add the Failover element to two resource record sets.
    #[track_caller]
    pub fn failover(mut self, value: impl ::forma_core::schema::EnumArg<Failover>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that lets you control how Amazon Route 53 responds to DNS queries based on the geographic origin of the query.
    #[track_caller]
    pub fn geo_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<GeoLocation>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Geoproximity resource record sets only: A complex type that lets you specify where your resources are located.
    #[track_caller]
    pub fn geo_proximity_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeoProximityLocation>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you want Amazon Route 53 to return this resource record set in response to a DNS query only when the status of a health check is healthy, include the HealthCheckId element and specify the ID of the applicable health check.
    ///
    /// Allowed: length 0 to 64.
    #[track_caller]
    pub fn health_check_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the hosted zone that you want to create records in.
    ///
    /// Allowed: length 0 to 44.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hosted_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the hosted zone that you want to create records in.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn hosted_zone_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// To route traffic approximately randomly to multiple resources, such as web servers, create one multivalue answer record for each resource and specify true for MultiValueAnswer.
    #[track_caller]
    pub fn multi_value_answer(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon EC2 Region where you created the resource that this resource record set refers to.
    #[track_caller]
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more values that correspond with the value that you specified for the Type property.
    #[track_caller]
    pub fn resource_records(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An identifier that differentiates among multiple resource record sets that have the same combination of name and type.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn set_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource record cache time to live (TTL), in seconds.
    #[track_caller]
    pub fn ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Among resource record sets that have the same combination of DNS name and type, a value that determines the proportion of DNS queries that Amazon Route 53 responds to using the current resource record set.
    #[track_caller]
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RecordSet {
    type Attributes = RecordSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::RecordSet"
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
/// The attributes of a `AWS::Route53::RecordSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RecordSetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RecordSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `PRIMARY`, `SECONDARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Failover {
    /// `PRIMARY`
    Primary,
    /// `SECONDARY`
    Secondary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Failover {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Secondary => "SECONDARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIMARY", "SECONDARY"]
    }
}
impl ::std::convert::From<Failover> for ::forma_core::Value<Failover> {
    fn from(v: Failover) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Failover {}

/// The `AliasTarget` property type of `AWS::Route53::RecordSet`.
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
    /// When EvaluateTargetHealth is true, an alias resource record set inherits the health of the referenced AWS resource, such as an ELB load balancer or another resource record set in the hosted zone.
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

/// The `CidrRoutingConfig` property type of `AWS::Route53::RecordSet`.
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

/// The `GeoLocation` property type of `AWS::Route53::RecordSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoLocation {
    props: ::forma_core::schema::Props,
}
impl GeoLocation {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ContinentCode` or `CountryCode`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// For geolocation resource record sets, a two-letter abbreviation that identifies a continent.
    ///
    /// Allowed: length 2 to 2.
    pub fn continent_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// For geolocation resource record sets, the two-letter code for a country.
    ///
    /// Allowed: length 1 to 2.
    pub fn country_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// For geolocation resource record sets, the two-letter code for a state of the United States.
    ///
    /// Allowed: length 1 to 3.
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

/// The `GeoProximityLocation` property type of `AWS::Route53::RecordSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoProximityLocation {
    props: ::forma_core::schema::Props,
}
impl GeoProximityLocation {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `AWSRegion`, `LocalZoneGroup` or `Coordinates`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS Region the resource you are directing DNS traffic to, is in.
    ///
    /// Allowed: length 1 to 64.
    pub fn aws_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The bias increases or decreases the size of the geographic region from which Route 53 routes traffic to a resource.
    ///
    /// Allowed: -99 to 99.
    pub fn bias(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Contains the longitude and latitude for a geographic region.
    pub fn coordinates(mut self, value: impl ::std::convert::Into<::forma_core::Value<Coordinates>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies an AWS Local Zone.
    ///
    /// Allowed: length 1 to 64.
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

/// The `Coordinates` property type of `AWS::Route53::RecordSet`.
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

/// The schema of `AWS::Route53::RecordSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::RecordSet",
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
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Failover",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRIMARY", "SECONDARY"]),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(44),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
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
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(4000),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SetIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
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
    rules: &[::forma_core::schema::Combination::OneOf(&[&["HostedZoneId"], &["HostedZoneName"]])],
    attributes: &[],
};

static ALIAS_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSet.AliasTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "DNSName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(44),
            }),
        },
    ],
    rules: &[],
};

static CIDR_ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSet.CidrRoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LocationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9A-Za-z_\\-\\*]+"),
                min_length: Some(1),
                max_length: Some(16),
            }),
        },
    ],
    rules: &[],
};

static GEO_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSet.GeoLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContinentCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(2),
            }),
        },
        ::forma_core::schema::Property {
            name: "CountryCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubdivisionCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(3),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ContinentCode"], &["CountryCode"]])],
};

static GEO_PROXIMITY_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSet.GeoProximityLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Bias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-99.0),
                maximum: Some(99.0),
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AWSRegion"], &["LocalZoneGroup"], &["Coordinates"]])],
};

static COORDINATES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::RecordSet.Coordinates",
    properties: &[
        ::forma_core::schema::Property {
            name: "Latitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-+]?[0-9]{1,2}(\\.[0-9]{0,2})?"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Longitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-+]?[0-9]{1,3}(\\.[0-9]{0,2})?"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
