// @generated from AWS::DRS::SourceNetwork (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DRS::SourceNetwork` and its property types.

/// A Source Network resource represents a VPC that is protected by AWS Elastic Disaster Recovery.
///
/// CloudFormation type `AWS::DRS::SourceNetwork`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceNetwork {
    props: ::forma_core::schema::Props,
}
impl SourceNetwork {
    /// A new resource with its required properties: `OriginAccountID`, `OriginRegion`, `VpcID`.
    #[track_caller]
    pub fn new(
        origin_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, origin_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, origin_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A set of tags associated with the Source Network.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SourceNetwork {
    type Attributes = SourceNetworkAttributes;
    fn type_name(&self) -> &str {
        "AWS::DRS::SourceNetwork"
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
/// The attributes of a `AWS::DRS::SourceNetwork` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SourceNetworkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SourceNetworkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SourceNetworkAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SourceNetworkID`.
    pub fn source_network_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceNetworkID")
    }
}

/// The `Tag` property type of `AWS::DRS::SourceNetwork`.
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

/// The schema of `AWS::DRS::SourceNetwork`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DRS::SourceNetwork",
properties: &[
::forma_core::schema::Property { name: "OriginAccountID", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9]{12,}"), min_length: Some(12), max_length: Some(12) }) },
::forma_core::schema::Property { name: "OriginRegion", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(us(-gov)?|ap|ca|cn|eu|eusc|sa|af|me|il)-([a-z]{2}-)?(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9]$"), min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VpcID", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^vpc-[0-9a-fA-F]{8,}$"), min_length: Some(12), max_length: Some(21) }) },
],
rules: &[],
attributes: &["Arn", "SourceNetworkID"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DRS::SourceNetwork.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
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
