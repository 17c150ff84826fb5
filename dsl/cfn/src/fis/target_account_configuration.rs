// @generated from AWS::FIS::TargetAccountConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FIS::TargetAccountConfiguration` and its property types.

/// Resource schema for AWS::FIS::TargetAccountConfiguration
///
/// CloudFormation type `AWS::FIS::TargetAccountConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetAccountConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetAccountConfiguration {
    /// A new resource with its required properties: `AccountId`, `ExperimentTemplateId`, `RoleArn`.
    #[track_caller]
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        experiment_template_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, experiment_template_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the target account.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TargetAccountConfiguration {
    type Attributes = TargetAccountConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::FIS::TargetAccountConfiguration"
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
/// The attributes of a `AWS::FIS::TargetAccountConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TargetAccountConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TargetAccountConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::FIS::TargetAccountConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FIS::TargetAccountConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(12),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExperimentTemplateId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(20),
                max_length: Some(1224),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
