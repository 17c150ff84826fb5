// @generated from AWS::OpsWorks::Volume (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpsWorks::Volume` and its property types.

/// Resource Type definition for AWS::OpsWorks::Volume
///
/// CloudFormation type `AWS::OpsWorks::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new resource with its required properties: `Ec2VolumeId`, `StackId`.
    #[track_caller]
    pub fn new(
        ec2_volume_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ec2_volume_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, stack_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MountPoint`.
    #[track_caller]
    pub fn mount_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Volume {
    type Attributes = VolumeAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpsWorks::Volume"
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
/// The attributes of a `AWS::OpsWorks::Volume` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VolumeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VolumeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VolumeAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::OpsWorks::Volume`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpsWorks::Volume",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ec2VolumeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MountPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StackId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
