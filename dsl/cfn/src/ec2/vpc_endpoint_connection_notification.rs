// @generated from AWS::EC2::VPCEndpointConnectionNotification (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCEndpointConnectionNotification` and its property types.

/// Resource Type definition for AWS::EC2::VPCEndpointConnectionNotification
///
/// CloudFormation type `AWS::EC2::VPCEndpointConnectionNotification`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpointConnectionNotification {
    props: ::forma_core::schema::Props,
}
impl VpcEndpointConnectionNotification {
    /// A new resource with its required properties: `ConnectionEvents`, `ConnectionNotificationArn`.
    #[track_caller]
    pub fn new(
        connection_events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        connection_notification_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connection_events.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, connection_notification_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the endpoint service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcEndpointConnectionNotification {
    type Attributes = VpcEndpointConnectionNotificationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCEndpointConnectionNotification"
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
/// The attributes of a `AWS::EC2::VPCEndpointConnectionNotification` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEndpointConnectionNotificationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEndpointConnectionNotificationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcEndpointConnectionNotificationAttributes {
    /// `Fn::GetAtt` `VPCEndpointConnectionNotificationId`.
    pub fn vpc_endpoint_connection_notification_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VPCEndpointConnectionNotificationId")
    }
}

/// The schema of `AWS::EC2::VPCEndpointConnectionNotification`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCEndpointConnectionNotification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionEvents",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectionNotificationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VPCEndpointId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["VPCEndpointConnectionNotificationId"],
};
