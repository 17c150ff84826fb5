// @generated from AWS::Logs::LogStream (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::LogStream` and its property types.

/// Resource Type definition for AWS::Logs::LogStream
///
/// CloudFormation type `AWS::Logs::LogStream`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogStream {
    props: ::forma_core::schema::Props,
}
impl LogStream {
    /// A new resource with its required properties: `LogGroupName`.
    #[track_caller]
    pub fn new(log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, log_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the log stream.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_stream_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LogStream {
    type Attributes = LogStreamAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::LogStream"
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
/// The attributes of a `AWS::Logs::LogStream` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogStreamAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogStreamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Logs::LogStream`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::LogStream",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogStreamName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
