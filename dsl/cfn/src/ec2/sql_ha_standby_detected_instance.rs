// @generated from AWS::EC2::SqlHaStandbyDetectedInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SqlHaStandbyDetectedInstance` and its property types.

/// Resource Type definition for AWS::EC2::SqlHaStandbyDetectedInstance
///
/// CloudFormation type `AWS::EC2::SqlHaStandbyDetectedInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlHaStandbyDetectedInstance {
    props: ::forma_core::schema::Props,
}
impl SqlHaStandbyDetectedInstance {
    /// A new resource with its required properties: `InstanceId`.
    #[track_caller]
    pub fn new(instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ARN of the AWS Secrets Manager secret containing SQL Server access credentials to the EC2 instance.
    #[track_caller]
    pub fn sql_server_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SqlHaStandbyDetectedInstance {
    type Attributes = SqlHaStandbyDetectedInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SqlHaStandbyDetectedInstance"
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
/// The attributes of a `AWS::EC2::SqlHaStandbyDetectedInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SqlHaStandbyDetectedInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SqlHaStandbyDetectedInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SqlHaStandbyDetectedInstanceAttributes {
    /// `Fn::GetAtt` `HaStatus`.
    pub fn ha_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HaStatus")
    }
    /// `Fn::GetAtt` `SqlServerLicenseUsage`.
    pub fn sql_server_license_usage(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SqlServerLicenseUsage")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The schema of `AWS::EC2::SqlHaStandbyDetectedInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SqlHaStandbyDetectedInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^i-[0-9a-f]{8,17}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SqlServerCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(?=.{20,2048}$)arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["HaStatus", "SqlServerLicenseUsage", "LastUpdatedTime"],
};
