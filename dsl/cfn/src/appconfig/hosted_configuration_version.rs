// @generated from AWS::AppConfig::HostedConfigurationVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppConfig::HostedConfigurationVersion` and its property types.

/// Resource Type definition for AWS::AppConfig::HostedConfigurationVersion
///
/// CloudFormation type `AWS::AppConfig::HostedConfigurationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedConfigurationVersion {
    props: ::forma_core::schema::Props,
}
impl HostedConfigurationVersion {
    /// A new resource with its required properties: `ApplicationId`, `ConfigurationProfileId`, `Content`, `ContentType`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration_profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration_profile_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, content_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the hosted configuration version.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional locking token used to prevent race conditions from overwriting configuration updates when creating a new version.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn latest_version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A user-defined label for an AWS AppConfig hosted configuration version.
    ///
    /// Allowed: length 0 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn version_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HostedConfigurationVersion {
    type Attributes = HostedConfigurationVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppConfig::HostedConfigurationVersion"
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
/// The attributes of a `AWS::AppConfig::HostedConfigurationVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HostedConfigurationVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HostedConfigurationVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HostedConfigurationVersionAttributes {
    /// `Fn::GetAtt` `VersionNumber`.
    pub fn version_number(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionNumber")
    }
}

/// The schema of `AWS::AppConfig::HostedConfigurationVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppConfig::HostedConfigurationVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9]{4,7}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationProfileId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9]{4,7}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "LatestVersionNumber",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionLabel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|.*[^0-9].*"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["VersionNumber"],
};
