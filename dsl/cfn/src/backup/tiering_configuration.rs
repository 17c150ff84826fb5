// @generated from AWS::Backup::TieringConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::TieringConfiguration` and its property types.

/// Resource Type definition for AWS::Backup::TieringConfiguration
///
/// CloudFormation type `AWS::Backup::TieringConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TieringConfiguration {
    props: ::forma_core::schema::Props,
}
impl TieringConfiguration {
    /// A new resource with its required properties: `BackupVaultName`, `ResourceSelection`, `TieringConfigurationName`.
    #[track_caller]
    pub fn new(
        backup_vault_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_selection: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceSelection>>>,
        tiering_configuration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, backup_vault_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_selection.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, tiering_configuration_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `TieringConfigurationTags`.
    #[track_caller]
    pub fn tiering_configuration_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TieringConfiguration {
    type Attributes = TieringConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::TieringConfiguration"
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
/// The attributes of a `AWS::Backup::TieringConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TieringConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TieringConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TieringConfigurationAttributes {
    /// `Fn::GetAtt` `TieringConfigurationArn`.
    pub fn tiering_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TieringConfigurationArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The `ResourceSelection` property type of `AWS::Backup::TieringConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSelection {
    props: ::forma_core::schema::Props,
}
impl ResourceSelection {
    /// A new value with its required properties: `ResourceType`, `Resources`, `TieringDownSettingsInDays`.
    pub fn new(
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        tiering_down_settings_in_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_type.into().into_expr());
        props.set(1, resources.into().into_expr());
        props.set(2, tiering_down_settings_in_days.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceSelection> for ::forma_core::Value<ResourceSelection> {
    fn from(v: ResourceSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SELECTION_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::TieringConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::TieringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupVaultName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceSelection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_SELECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TieringConfigurationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TieringConfigurationTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["TieringConfigurationArn", "CreationTime", "LastUpdatedTime"],
};

static RESOURCE_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::TieringConfiguration.ResourceSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TieringDownSettingsInDays",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
