// @generated from AWS::SecurityLake::AwsLogSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityLake::AwsLogSource` and its property types.

/// Resource Type definition for AWS::SecurityLake::AwsLogSource
///
/// CloudFormation type `AWS::SecurityLake::AwsLogSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsLogSource {
    props: ::forma_core::schema::Props,
}
impl AwsLogSource {
    /// A new resource with its required properties: `DataLakeArn`, `SourceName`, `SourceVersion`.
    #[track_caller]
    pub fn new(
        data_lake_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_lake_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, source_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, source_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// AWS account where you want to collect logs from.
    #[track_caller]
    pub fn accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AwsLogSource {
    type Attributes = AwsLogSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityLake::AwsLogSource"
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
/// The attributes of a `AWS::SecurityLake::AwsLogSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AwsLogSourceAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AwsLogSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::SecurityLake::AwsLogSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityLake::AwsLogSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataLakeArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(latest|[0-9]\\.[0-9])$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
