// @generated from AWS::EC2::NetworkInsightsPath (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInsightsPath` and its property types.

/// Resource schema for AWS::EC2::NetworkInsightsPath
///
/// CloudFormation type `AWS::EC2::NetworkInsightsPath`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInsightsPath {
    props: ::forma_core::schema::Props,
}
impl NetworkInsightsPath {
    /// A new resource with its required properties: `Protocol`, `Source`.
    #[track_caller]
    pub fn new(
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, protocol.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Destination`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DestinationIp`.
    ///
    /// Allowed: length 0 to 15.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_ip(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DestinationPort`.
    ///
    /// Allowed: 0 to 65535.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FilterAtDestination`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_at_destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathFilter>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FilterAtSource`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_at_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathFilter>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceIp`.
    ///
    /// Allowed: length 0 to 15.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkInsightsPath {
    type Attributes = NetworkInsightsPathAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInsightsPath"
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
/// The attributes of a `AWS::EC2::NetworkInsightsPath` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInsightsPathAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInsightsPathAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInsightsPathAttributes {
    /// `Fn::GetAtt` `NetworkInsightsPathId`.
    pub fn network_insights_path_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsPathId")
    }
    /// `Fn::GetAtt` `NetworkInsightsPathArn`.
    pub fn network_insights_path_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsPathArn")
    }
    /// `Fn::GetAtt` `CreatedDate`.
    pub fn created_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedDate")
    }
    /// `Fn::GetAtt` `SourceArn`.
    pub fn source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceArn")
    }
    /// `Fn::GetAtt` `DestinationArn`.
    pub fn destination_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DestinationArn")
    }
}

/// The values CloudFormation documents: `tcp`, `udp`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `tcp`
    Tcp,
    /// `udp`
    Udp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "tcp",
            Self::Udp => "udp",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["tcp", "udp"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `PathFilter` property type of `AWS::EC2::NetworkInsightsPath`.
#[derive(Debug, Clone, PartialEq)]
pub struct PathFilter {
    props: ::forma_core::schema::Props,
}
impl PathFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationAddress`.
    ///
    /// Allowed: length 0 to 15.
    pub fn destination_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DestinationPortRange`.
    pub fn destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FilterPortRange>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SourceAddress`.
    ///
    /// Allowed: length 0 to 15.
    pub fn source_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourcePortRange`.
    pub fn source_port_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterPortRange>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PathFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PathFilter> for ::forma_core::Value<PathFilter> {
    fn from(v: PathFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_FILTER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::NetworkInsightsPath`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `FilterPortRange` property type of `AWS::EC2::NetworkInsightsPath`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterPortRange {
    props: ::forma_core::schema::Props,
}
impl FilterPortRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FromPort`.
    ///
    /// Allowed: 0 to 65535.
    pub fn from_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ToPort`.
    ///
    /// Allowed: 0 to 65535.
    pub fn to_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterPortRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterPortRange> for ::forma_core::Value<FilterPortRange> {
    fn from(v: FilterPortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::NetworkInsightsPath`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInsightsPath",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationIp",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]{1,3}.){3}[0-9]{1,3}$"),
                min_length: Some(0),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationPort",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterAtDestination",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PATH_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterAtSource",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PATH_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["tcp", "udp"]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceIp",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]{1,3}.){3}[0-9]{1,3}$"),
                min_length: Some(0),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["NetworkInsightsPathId", "NetworkInsightsPathArn", "CreatedDate", "SourceArn", "DestinationArn"],
};

static PATH_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsPath.PathFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]{1,3}.){3}[0-9]{1,3}$"),
                min_length: Some(0),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationPortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_PORT_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]{1,3}.){3}[0-9]{1,3}$"),
                min_length: Some(0),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourcePortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_PORT_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsPath.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FILTER_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsPath.FilterPortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};
