// @generated from AWS::EC2::VPCGatewayAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCGatewayAttachment` and its property types.

/// Resource Type definition for AWS::EC2::VPCGatewayAttachment
///
/// CloudFormation type `AWS::EC2::VPCGatewayAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcGatewayAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcGatewayAttachment {
    /// A new resource with its required properties: `VpcId`.
    #[track_caller]
    pub fn new(vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the internet gateway.
    #[track_caller]
    pub fn internet_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the virtual private gateway.
    #[track_caller]
    pub fn vpn_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcGatewayAttachment {
    type Attributes = VpcGatewayAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCGatewayAttachment"
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
/// The attributes of a `AWS::EC2::VPCGatewayAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcGatewayAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcGatewayAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcGatewayAttachmentAttributes {
    /// `Fn::GetAtt` `AttachmentType`.
    pub fn attachment_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachmentType")
    }
}

/// The schema of `AWS::EC2::VPCGatewayAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCGatewayAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "InternetGatewayId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpnGatewayId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["AttachmentType"],
};
