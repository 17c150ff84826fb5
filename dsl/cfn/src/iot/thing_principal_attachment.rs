// @generated from AWS::IoT::ThingPrincipalAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::ThingPrincipalAttachment` and its property types.

/// Resource Type definition for AWS::IoT::ThingPrincipalAttachment
///
/// CloudFormation type `AWS::IoT::ThingPrincipalAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingPrincipalAttachment {
    props: ::forma_core::schema::Props,
}
impl ThingPrincipalAttachment {
    /// A new resource with its required properties: `Principal`, `ThingName`.
    #[track_caller]
    pub fn new(
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, thing_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The type of the relation you want to specify when you attach a principal to a thing.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn thing_principal_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ThingPrincipalAttachment {
    type Attributes = ThingPrincipalAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::ThingPrincipalAttachment"
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
/// The attributes of a `AWS::IoT::ThingPrincipalAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ThingPrincipalAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ThingPrincipalAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::IoT::ThingPrincipalAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::ThingPrincipalAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ThingName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ThingPrincipalType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
