// @generated from AWS::ServiceDiscovery::PublicDnsNamespace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceDiscovery::PublicDnsNamespace` and its property types.

/// Resource Type definition for AWS::ServiceDiscovery::PublicDnsNamespace
///
/// CloudFormation type `AWS::ServiceDiscovery::PublicDnsNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicDnsNamespace {
    props: ::forma_core::schema::Props,
}
impl PublicDnsNamespace {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the namespace.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Properties for the public DNS namespace.
    #[track_caller]
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<Properties>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the namespace.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PublicDnsNamespace {
    type Attributes = PublicDnsNamespaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceDiscovery::PublicDnsNamespace"
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
/// The attributes of a `AWS::ServiceDiscovery::PublicDnsNamespace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PublicDnsNamespaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PublicDnsNamespaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PublicDnsNamespaceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `HostedZoneId`.
    pub fn hosted_zone_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HostedZoneId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Properties` property type of `AWS::ServiceDiscovery::PublicDnsNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Properties {
    props: ::forma_core::schema::Props,
}
impl Properties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DnsProperties`.
    pub fn dns_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublicDnsPropertiesMutable>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Properties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Properties> for ::forma_core::Value<Properties> {
    fn from(v: Properties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ServiceDiscovery::PublicDnsNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `PublicDnsPropertiesMutable` property type of `AWS::ServiceDiscovery::PublicDnsNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicDnsPropertiesMutable {
    props: ::forma_core::schema::Props,
}
impl PublicDnsPropertiesMutable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SOA`.
    pub fn soa(mut self, value: impl ::std::convert::Into<::forma_core::Value<Soa>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PublicDnsPropertiesMutable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PublicDnsPropertiesMutable> for ::forma_core::Value<PublicDnsPropertiesMutable> {
    fn from(v: PublicDnsPropertiesMutable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_DNS_PROPERTIES_MUTABLE_TYPE.properties))
    }
}

/// The `SOA` property type of `AWS::ServiceDiscovery::PublicDnsNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Soa {
    props: ::forma_core::schema::Props,
}
impl Soa {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TTL`.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Soa {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Soa> for ::forma_core::Value<Soa> {
    fn from(v: Soa) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOA_TYPE.properties))
    }
}

/// The schema of `AWS::ServiceDiscovery::PublicDnsNamespace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ServiceDiscovery::PublicDnsNamespace",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?$"), min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Properties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["Id", "HostedZoneId", "Arn"],
};

static PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::PublicDnsNamespace.Properties",
    properties: &[::forma_core::schema::Property {
        name: "DnsProperties",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PUBLIC_DNS_PROPERTIES_MUTABLE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::PublicDnsNamespace.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static PUBLIC_DNS_PROPERTIES_MUTABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::PublicDnsNamespace.PublicDnsPropertiesMutable",
    properties: &[::forma_core::schema::Property {
        name: "SOA",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SOA_TYPE),
    }],
    rules: &[],
};

static SOA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ServiceDiscovery::PublicDnsNamespace.SOA",
    properties: &[::forma_core::schema::Property {
        name: "TTL",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(2147483647.0),
        }),
    }],
    rules: &[],
};
