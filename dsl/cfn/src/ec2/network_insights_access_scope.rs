// @generated from AWS::EC2::NetworkInsightsAccessScope (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInsightsAccessScope` and its property types.

/// Resource schema for AWS::EC2::NetworkInsightsAccessScope
///
/// CloudFormation type `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInsightsAccessScope {
    props: ::forma_core::schema::Props,
}
impl NetworkInsightsAccessScope {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExcludePaths`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn exclude_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessScopePathRequest>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MatchPaths`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn match_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessScopePathRequest>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for NetworkInsightsAccessScope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for NetworkInsightsAccessScope {
    type Attributes = NetworkInsightsAccessScopeAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInsightsAccessScope"
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
/// The attributes of a `AWS::EC2::NetworkInsightsAccessScope` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInsightsAccessScopeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInsightsAccessScopeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInsightsAccessScopeAttributes {
    /// `Fn::GetAtt` `NetworkInsightsAccessScopeId`.
    pub fn network_insights_access_scope_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAccessScopeId")
    }
    /// `Fn::GetAtt` `NetworkInsightsAccessScopeArn`.
    pub fn network_insights_access_scope_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAccessScopeArn")
    }
    /// `Fn::GetAtt` `CreatedDate`.
    pub fn created_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedDate")
    }
    /// `Fn::GetAtt` `UpdatedDate`.
    pub fn updated_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedDate")
    }
}

/// The `AccessScopePathRequest` property type of `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessScopePathRequest {
    props: ::forma_core::schema::Props,
}
impl AccessScopePathRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathStatementRequest>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source`.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathStatementRequest>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ThroughResources`.
    pub fn through_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ThroughResourcesStatementRequest>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessScopePathRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessScopePathRequest> for ::forma_core::Value<AccessScopePathRequest> {
    fn from(v: AccessScopePathRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_SCOPE_PATH_REQUEST_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::NetworkInsightsAccessScope`.
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

/// The `PathStatementRequest` property type of `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct PathStatementRequest {
    props: ::forma_core::schema::Props,
}
impl PathStatementRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PacketHeaderStatement`.
    pub fn packet_header_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PacketHeaderStatementRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ResourceStatement`.
    pub fn resource_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceStatementRequest>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PathStatementRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PathStatementRequest> for ::forma_core::Value<PathStatementRequest> {
    fn from(v: PathStatementRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_STATEMENT_REQUEST_TYPE.properties))
    }
}

/// The `ThroughResourcesStatementRequest` property type of `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThroughResourcesStatementRequest {
    props: ::forma_core::schema::Props,
}
impl ThroughResourcesStatementRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourceStatement`.
    pub fn resource_statement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceStatementRequest>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThroughResourcesStatementRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThroughResourcesStatementRequest> for ::forma_core::Value<ThroughResourcesStatementRequest> {
    fn from(v: ThroughResourcesStatementRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THROUGH_RESOURCES_STATEMENT_REQUEST_TYPE.properties))
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

/// The `PacketHeaderStatementRequest` property type of `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct PacketHeaderStatementRequest {
    props: ::forma_core::schema::Props,
}
impl PacketHeaderStatementRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationAddresses`.
    pub fn destination_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DestinationPorts`.
    pub fn destination_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DestinationPrefixLists`.
    pub fn destination_prefix_lists(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Protocols`.
    pub fn protocols(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Protocol>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SourceAddresses`.
    pub fn source_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SourcePorts`.
    pub fn source_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SourcePrefixLists`.
    pub fn source_prefix_lists(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PacketHeaderStatementRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PacketHeaderStatementRequest> for ::forma_core::Value<PacketHeaderStatementRequest> {
    fn from(v: PacketHeaderStatementRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PACKET_HEADER_STATEMENT_REQUEST_TYPE.properties))
    }
}

/// The `ResourceStatementRequest` property type of `AWS::EC2::NetworkInsightsAccessScope`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceStatementRequest {
    props: ::forma_core::schema::Props,
}
impl ResourceStatementRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourceTypes`.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Resources`.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceStatementRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceStatementRequest> for ::forma_core::Value<ResourceStatementRequest> {
    fn from(v: ResourceStatementRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_STATEMENT_REQUEST_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::NetworkInsightsAccessScope`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInsightsAccessScope",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludePaths",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_SCOPE_PATH_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchPaths",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_SCOPE_PATH_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["NetworkInsightsAccessScopeId", "NetworkInsightsAccessScopeArn", "CreatedDate", "UpdatedDate"],
};

static ACCESS_SCOPE_PATH_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScope.AccessScopePathRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_STATEMENT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_STATEMENT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThroughResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&THROUGH_RESOURCES_STATEMENT_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScope.Tag",
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

static PATH_STATEMENT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScope.PathStatementRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "PacketHeaderStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PACKET_HEADER_STATEMENT_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_STATEMENT_REQUEST_TYPE),
        },
    ],
    rules: &[],
};

static THROUGH_RESOURCES_STATEMENT_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::NetworkInsightsAccessScope.ThroughResourcesStatementRequest",
        properties: &[::forma_core::schema::Property {
            name: "ResourceStatement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_STATEMENT_REQUEST_TYPE),
        }],
        rules: &[],
    };

static PACKET_HEADER_STATEMENT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScope.PacketHeaderStatementRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DestinationPorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DestinationPrefixLists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["tcp", "udp"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourcePorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourcePrefixLists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RESOURCE_STATEMENT_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScope.ResourceStatementRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
