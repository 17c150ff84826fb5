// @generated from AWS::EC2::VolumeAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VolumeAttachment` and its property types.

/// Attaches an Amazon EBS volume to a running instance and exposes it to the instance with the specified device name.
///
/// CloudFormation type `AWS::EC2::VolumeAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeAttachment {
    props: ::forma_core::schema::Props,
}
impl VolumeAttachment {
    /// A new resource with its required properties: `InstanceId`, `VolumeId`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, volume_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The device name (for example, `/dev/sdh` or `xvdh`).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn device(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The index of the EBS card.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_card_index(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VolumeAttachment {
    type Attributes = VolumeAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VolumeAttachment"
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
/// The attributes of a `AWS::EC2::VolumeAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VolumeAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VolumeAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::VolumeAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VolumeAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Device",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsCardIndex",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
