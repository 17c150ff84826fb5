// @generated from AWS::Lightsail::StaticIp (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::StaticIp` and its property types.

/// Resource Type definition for AWS::Lightsail::StaticIp
///
/// CloudFormation type `AWS::Lightsail::StaticIp`.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticIp {
    props: ::forma_core::schema::Props,
}
impl StaticIp {
    /// A new resource with its required properties: `StaticIpName`.
    #[track_caller]
    pub fn new(static_ip_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, static_ip_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The instance where the static IP is attached.
    #[track_caller]
    pub fn attached_to(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StaticIp {
    type Attributes = StaticIpAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::StaticIp"
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
/// The attributes of a `AWS::Lightsail::StaticIp` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StaticIpAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StaticIpAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StaticIpAttributes {
    /// `Fn::GetAtt` `StaticIpArn`.
    pub fn static_ip_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StaticIpArn")
    }
    /// `Fn::GetAtt` `IsAttached`.
    pub fn is_attached(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsAttached")
    }
    /// `Fn::GetAtt` `IpAddress`.
    pub fn ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpAddress")
    }
}

/// The schema of `AWS::Lightsail::StaticIp`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::StaticIp",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachedTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StaticIpName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["StaticIpArn", "IsAttached", "IpAddress"],
};
