// @generated from AWS::ServiceDiscovery::Instance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceDiscovery::Instance` and its property types.

/// Resource Type definition for AWS::ServiceDiscovery::Instance
///
/// CloudFormation type `AWS::ServiceDiscovery::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    props: ::forma_core::schema::Props,
}
impl Instance {
    /// A new resource with its required properties: `InstanceAttributes`, `ServiceId`.
    #[track_caller]
    pub fn new(
        instance_attributes: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        service_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_attributes.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, service_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An identifier that you want to associate with the instance.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Instance {
    type Attributes = InstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceDiscovery::Instance"
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
/// The attributes of a `AWS::ServiceDiscovery::Instance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceDiscovery::Instance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceDiscovery::Instance",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z_/:.@-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
