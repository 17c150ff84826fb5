// @generated from AWS::Pinpoint::EventStream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::EventStream` and its property types.

/// Resource Type definition for AWS::Pinpoint::EventStream
///
/// CloudFormation type `AWS::Pinpoint::EventStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventStream {
    props: ::forma_core::schema::Props,
}
impl EventStream {
    /// A new resource with its required properties: `ApplicationId`, `DestinationStreamArn`, `RoleArn`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        destination_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, destination_stream_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for EventStream {
    type Attributes = EventStreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::EventStream"
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
/// The attributes of a `AWS::Pinpoint::EventStream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventStreamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventStreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventStreamAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Pinpoint::EventStream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::EventStream",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationStreamArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
